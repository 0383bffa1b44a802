# ch10_paths.gp, written by redes. Redraw ch10_paths.png from its data with: gnuplot ch10_paths.gp
set encoding utf8
set terminal pngcairo size 1000,780 enhanced font 'DejaVu Sans,11'
set output 'ch10_paths.png'
set datafile separator ','
set title 'Gradient descent θ_{k+1} = θ_k − η∇R̂(θ_k) on ½θᵀAθ, A = diag(1, 8), 2/λ_{max} = 0.25'
set xlabel 'θ₁'
set ylabel 'θ₂'
set grid
set key outside bottom center horizontal box opaque
set xrange [-5:5]
set yrange [-3:3]
set size ratio -1
set cblabel 'R̂(θ)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch10_paths.csv' index 0 using 1:2:3 with image notitle, \
     'ch10_paths.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch10_paths.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'η = 0.02 (too small)', \
     'ch10_paths.csv' index 3 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'η = 0.2 (right)', \
     'ch10_paths.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728' title 'η = 0.3 (too large, diverged at step 18)', \
     'ch10_paths.csv' index 5 using 1:2 with points pt 9 ps 2 lc rgb 'orange' title 'θ_0'
set output
